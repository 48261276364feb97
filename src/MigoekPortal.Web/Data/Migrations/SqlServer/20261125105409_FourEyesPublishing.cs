using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MigoekPortal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FourEyesPublishing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAtUtc",
                table: "Stories",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "Stories",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAtUtc",
                table: "Offers",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "Offers",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresSecondApproval",
                table: "Districts",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SubmittedAtUtc",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "Stories");

            migrationBuilder.DropColumn(
                name: "SubmittedAtUtc",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "RequiresSecondApproval",
                table: "Districts");
        }
    }
}
