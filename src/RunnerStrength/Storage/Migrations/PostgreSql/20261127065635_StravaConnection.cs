using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunnerStrength.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StravaConnection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "strava_connections",
                columns: table => new
                {
                    AthleteId = table.Column<int>(type: "integer", nullable: false),
                    StravaAthleteId = table.Column<long>(type: "bigint", nullable: true),
                    ProtectedAccessToken = table.Column<string>(type: "text", nullable: true),
                    ProtectedRefreshToken = table.Column<string>(type: "text", nullable: true),
                    ExpiresAtUnixSeconds = table.Column<long>(type: "bigint", nullable: false),
                    Scopes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DisconnectedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    PendingStateHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    PendingStateExpiresUnixSeconds = table.Column<long>(type: "bigint", nullable: false),
                    CursorJson = table.Column<string>(type: "text", nullable: false),
                    LastSyncUnixSeconds = table.Column<long>(type: "bigint", nullable: true),
                    LastOutcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    WaitingUntilUnixSeconds = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strava_connections", x => x.AthleteId);
                    table.ForeignKey(
                        name: "FK_strava_connections_athletes_AthleteId",
                        column: x => x.AthleteId,
                        principalTable: "athletes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "strava_skipped",
                columns: table => new
                {
                    AthleteId = table.Column<int>(type: "integer", nullable: false),
                    StravaId = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strava_skipped", x => new { x.AthleteId, x.StravaId });
                    table.ForeignKey(
                        name: "FK_strava_skipped_athletes_AthleteId",
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
                name: "strava_connections");

            migrationBuilder.DropTable(
                name: "strava_skipped");
        }
    }
}
