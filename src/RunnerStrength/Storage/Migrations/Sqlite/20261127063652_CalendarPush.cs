using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunnerStrength.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CalendarPush : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "calendar_outbox",
                columns: table => new
                {
                    AthleteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Uid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptUnixSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_outbox", x => new { x.AthleteId, x.Uid });
                    table.ForeignKey(
                        name: "FK_calendar_outbox_athletes_AthleteId",
                        column: x => x.AthleteId,
                        principalTable: "athletes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pushed_events",
                columns: table => new
                {
                    AthleteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Uid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Href = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    StartLocal = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AthleteStartLocal = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AthleteDeleted = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pushed_events", x => new { x.AthleteId, x.Uid });
                    table.ForeignKey(
                        name: "FK_pushed_events_athletes_AthleteId",
                        column: x => x.AthleteId,
                        principalTable: "athletes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_calendar_outbox_NextAttemptUnixSeconds",
                table: "calendar_outbox",
                column: "NextAttemptUnixSeconds");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_outbox");

            migrationBuilder.DropTable(
                name: "pushed_events");
        }
    }
}
