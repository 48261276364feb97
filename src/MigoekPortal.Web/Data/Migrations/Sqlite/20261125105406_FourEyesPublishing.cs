using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MigoekPortal.Web.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "Stories",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAtUtc",
                table: "Offers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "Offers",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresSecondApproval",
                table: "Districts",
                type: "INTEGER",
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
