using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunnerStrength.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialAthleteAndRaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "athletes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StrengthTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    WeeklyTemplate = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DeadliftStage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OneRepMaxKg = table.Column<double>(type: "REAL", nullable: true),
                    KettlebellsKg = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    HasHexBar = table.Column<bool>(type: "INTEGER", nullable: false),
                    HasBarbell = table.Column<bool>(type: "INTEGER", nullable: false),
                    SmallestPlateKg = table.Column<double>(type: "REAL", nullable: false),
                    BirthYear = table.Column<int>(type: "INTEGER", nullable: true),
                    BodyMassKg = table.Column<double>(type: "REAL", nullable: true),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    MaxHeartRate = table.Column<int>(type: "INTEGER", nullable: true),
                    RestingHeartRate = table.Column<int>(type: "INTEGER", nullable: true),
                    ThresholdHeartRate = table.Column<int>(type: "INTEGER", nullable: true),
                    ThresholdPaceSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_athletes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "races",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AthleteId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DistanceKm = table.Column<double>(type: "REAL", nullable: true),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_races", x => x.Id);
                    table.ForeignKey(
                        name: "FK_races_athletes_AthleteId",
                        column: x => x.AthleteId,
                        principalTable: "athletes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_races_AthleteId_Date_Name",
                table: "races",
                columns: new[] { "AthleteId", "Date", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "races");

            migrationBuilder.DropTable(
                name: "athletes");
        }
    }
}
