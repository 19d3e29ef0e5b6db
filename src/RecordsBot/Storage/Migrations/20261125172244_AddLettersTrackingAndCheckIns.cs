using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RecordsBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddLettersTrackingAndCheckIns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CheckIns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ClaimExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConversationReference = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ConversationKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SentVia = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckIns", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "ReminderPreferences",
                columns: table => new
                {
                    OwnerKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OptedIn = table.Column<bool>(type: "INTEGER", nullable: true),
                    SnoozedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UseSms = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProtectedPhone = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderPreferences", x => x.OwnerKey);
                });

            migrationBuilder.CreateTable(
                name: "TrackedRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OwnerKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProviderId = table.Column<long>(type: "INTEGER", nullable: true),
                    ProviderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProviderState = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtendedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrackedRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_ConversationKey",
                table: "CheckIns",
                column: "ConversationKey");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_OwnerKey",
                table: "CheckIns",
                column: "OwnerKey");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_RequestId_Status",
                table: "CheckIns",
                columns: new[] { "RequestId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_Sweep",
                table: "CheckIns",
                columns: new[] { "Status", "NextAttemptUtc" });

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

            migrationBuilder.CreateIndex(
                name: "IX_TrackedRequests_OwnerKey",
                table: "TrackedRequests",
                column: "OwnerKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckIns");

            migrationBuilder.DropTable(
                name: "Letters");

            migrationBuilder.DropTable(
                name: "ReminderPreferences");

            migrationBuilder.DropTable(
                name: "TrackedRequests");
        }
    }
}
