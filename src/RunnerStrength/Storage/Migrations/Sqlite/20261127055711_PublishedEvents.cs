using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunnerStrength.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublishedEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "published_events",
                columns: table => new
                {
                    AthleteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Uid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    SessionJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_published_events", x => new { x.AthleteId, x.Uid });
                    table.ForeignKey(
                        name: "FK_published_events_athletes_AthleteId",
                        column: x => x.AthleteId,
                        principalTable: "athletes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_published_events_AthleteId_Date",
                table: "published_events",
                columns: new[] { "AthleteId", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "published_events");
        }
    }
}
