using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecordsBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddLetters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Letters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PageCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LinkExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeleteAfterUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Letters", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Letters_DeleteAfterUtc",
                table: "Letters",
                column: "DeleteAfterUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Letters_OwnerKey",
                table: "Letters",
                column: "OwnerKey");

            migrationBuilder.CreateIndex(
                name: "IX_Letters_TokenHash",
                table: "Letters",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Letters");
        }
    }
}
