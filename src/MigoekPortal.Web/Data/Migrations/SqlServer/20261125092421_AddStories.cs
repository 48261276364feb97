using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MigoekPortal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddStories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Stories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DistrictId = table.Column<int>(type: "int", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PersonName = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    IsPseudonym = table.Column<bool>(type: "bit", nullable: false),
                    BusinessName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Sector = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    YearFounded = table.Column<int>(type: "int", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    VideoKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    VideoContentType = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    ExternalVideoUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    PosterKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DurationSeconds = table.Column<int>(type: "int", nullable: true),
                    ConsentGivenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConsentScope = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ConsentExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SourceRevision = table.Column<int>(type: "int", nullable: false),
                    IsSample = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stories_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StoryCaptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Culture = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    StorageKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    StoryId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryCaptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoryCaptions_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoryOffers",
                columns: table => new
                {
                    StoryId = table.Column<int>(type: "int", nullable: false),
                    OfferId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryOffers", x => new { x.StoryId, x.OfferId });
                    table.ForeignKey(
                        name: "FK_StoryOffers_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StoryOffers_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoryTranslations",
                columns: table => new
                {
                    StoryId = table.Column<int>(type: "int", nullable: false),
                    Culture = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Quote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Transcript = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SourceRevision = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryTranslations", x => new { x.StoryId, x.Culture });
                    table.ForeignKey(
                        name: "FK_StoryTranslations_Stories_StoryId",
                        column: x => x.StoryId,
                        principalTable: "Stories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Stories_DistrictId",
                table: "Stories",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_Status_DistrictId",
                table: "Stories",
                columns: new[] { "Status", "DistrictId" });

            migrationBuilder.CreateIndex(
                name: "IX_StoryCaptions_StoryId_Culture",
                table: "StoryCaptions",
                columns: new[] { "StoryId", "Culture" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StoryOffers_OfferId",
                table: "StoryOffers",
                column: "OfferId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StoryCaptions");

            migrationBuilder.DropTable(
                name: "StoryOffers");

            migrationBuilder.DropTable(
                name: "StoryTranslations");

            migrationBuilder.DropTable(
                name: "Stories");
        }
    }
}
