using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunnerStrength.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Activities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AthleteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    StartUnixSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    LocalStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Sport = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ElapsedSeconds = table.Column<double>(type: "REAL", nullable: false),
                    MovingSeconds = table.Column<double>(type: "REAL", nullable: false),
                    DistanceM = table.Column<double>(type: "REAL", nullable: true),
                    ElevationGainM = table.Column<double>(type: "REAL", nullable: true),
                    AverageHeartRate = table.Column<double>(type: "REAL", nullable: true),
                    MaxHeartRate = table.Column<double>(type: "REAL", nullable: true),
                    IsIndoor = table.Column<bool>(type: "INTEGER", nullable: false),
                    WorkoutType = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Device = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AerobicTrainingEffect = table.Column<double>(type: "REAL", nullable: true),
                    AnaerobicTrainingEffect = table.Column<double>(type: "REAL", nullable: true),
                    Rpe = table.Column<double>(type: "REAL", nullable: true),
                    DetailsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_activities_athletes_AthleteId",
                        column: x => x.AthleteId,
                        principalTable: "athletes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_activities_AthleteId_Source_SourceId",
                table: "activities",
                columns: new[] { "AthleteId", "Source", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_activities_AthleteId_StartUnixSeconds",
                table: "activities",
                columns: new[] { "AthleteId", "StartUnixSeconds" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "activities");
        }
    }
}
