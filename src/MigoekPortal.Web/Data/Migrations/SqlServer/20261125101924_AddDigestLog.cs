using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MigoekPortal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AddDigestLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DigestLogs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DistrictId = table.Column<int>(type: "int", nullable: false),
                    Week = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Recipients = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DigestLogs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DigestLogs_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DigestLogs_DistrictId_Week",
                table: "DigestLogs",
                columns: new[] { "DistrictId", "Week" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DigestLogs");
        }
    }
}
