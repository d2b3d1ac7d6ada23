using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunnerStrength.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CalendarProviders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Rows from before this migration are all CalDAV's, the only provider until then.
            migrationBuilder.DropPrimaryKey(
                name: "PK_pushed_events",
                table: "pushed_events");

            migrationBuilder.DropPrimaryKey(
                name: "PK_calendar_outbox",
                table: "calendar_outbox");

            migrationBuilder.RenameColumn(
                name: "Href",
                table: "pushed_events",
                newName: "RemoteId");

            migrationBuilder.AddColumn<string>(
                name: "Provider",
                table: "pushed_events",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "caldav");

            migrationBuilder.AddColumn<string>(
                name: "Provider",
                table: "calendar_outbox",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "caldav");

            migrationBuilder.AddPrimaryKey(
                name: "PK_pushed_events",
                table: "pushed_events",
                columns: new[] { "AthleteId", "Provider", "Uid" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_calendar_outbox",
                table: "calendar_outbox",
                columns: new[] { "AthleteId", "Provider", "Uid" });

            migrationBuilder.CreateTable(
                name: "calendar_accounts",
                columns: table => new
                {
                    AthleteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProtectedAccessToken = table.Column<string>(type: "TEXT", nullable: true),
                    ProtectedRefreshToken = table.Column<string>(type: "TEXT", nullable: true),
                    ExpiresAtUnixSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    CalendarId = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SyncToken = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DisconnectedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PendingStateHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PendingStateExpiresUnixSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    ProtectedPendingVerifier = table.Column<string>(type: "TEXT", nullable: true),
                    PendingRedirectUri = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConnectedUnixSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    LastDeliveredUnixSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    Notice = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_accounts", x => new { x.AthleteId, x.Provider });
                    table.ForeignKey(
                        name: "FK_calendar_accounts_athletes_AthleteId",
                        column: x => x.AthleteId,
                        principalTable: "athletes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_accounts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_pushed_events",
                table: "pushed_events");

            migrationBuilder.DropPrimaryKey(
                name: "PK_calendar_outbox",
                table: "calendar_outbox");

            migrationBuilder.DropColumn(
                name: "Provider",
                table: "pushed_events");

            migrationBuilder.DropColumn(
                name: "Provider",
                table: "calendar_outbox");

            migrationBuilder.RenameColumn(
                name: "RemoteId",
                table: "pushed_events",
                newName: "Href");

            migrationBuilder.AddPrimaryKey(
                name: "PK_pushed_events",
                table: "pushed_events",
                columns: new[] { "AthleteId", "Uid" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_calendar_outbox",
                table: "calendar_outbox",
                columns: new[] { "AthleteId", "Uid" });
        }
    }
}
