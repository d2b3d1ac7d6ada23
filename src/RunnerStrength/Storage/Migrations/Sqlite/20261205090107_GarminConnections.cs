using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunnerStrength.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GarminConnections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "garmin_activities",
                columns: table => new
                {
                    AthleteId = table.Column<int>(type: "INTEGER", nullable: false),
                    GarminId = table.Column<long>(type: "INTEGER", nullable: false),
                    FitHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SkippedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_garmin_activities", x => new { x.AthleteId, x.GarminId });
                    table.ForeignKey(
                        name: "FK_garmin_activities_athletes_AthleteId",
                        column: x => x.AthleteId,
                        principalTable: "athletes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "garmin_connections",
                columns: table => new
                {
                    AthleteId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProtectedKey = table.Column<string>(type: "TEXT", nullable: true),
                    KeyExpires = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProtectedToken = table.Column<string>(type: "TEXT", nullable: true),
                    TokenExpiresUnixSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    RefusedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RefusedKeyHash = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CursorJson = table.Column<string>(type: "TEXT", nullable: false),
                    LastSyncUnixSeconds = table.Column<long>(type: "INTEGER", nullable: true),
                    LastOutcome = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WaitingUntilUnixSeconds = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_garmin_connections", x => x.AthleteId);
                    table.ForeignKey(
                        name: "FK_garmin_connections_athletes_AthleteId",
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
                name: "garmin_activities");

            migrationBuilder.DropTable(
                name: "garmin_connections");
        }
    }
}
