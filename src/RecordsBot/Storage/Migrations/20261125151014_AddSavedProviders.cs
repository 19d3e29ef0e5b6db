using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecordsBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddSavedProviders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SavedProviders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    AddedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedProviders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SavedProviders_OwnerKey",
                table: "SavedProviders",
                column: "OwnerKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SavedProviders");
        }
    }
}
