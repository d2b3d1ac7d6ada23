using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RunnerStrength.Storage.Migrations.PostgreSql
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StrengthTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    WeeklyTemplate = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DeadliftStage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OneRepMaxKg = table.Column<double>(type: "double precision", nullable: true),
                    KettlebellsKg = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    HasHexBar = table.Column<bool>(type: "boolean", nullable: false),
                    HasBarbell = table.Column<bool>(type: "boolean", nullable: false),
                    SmallestPlateKg = table.Column<double>(type: "double precision", nullable: false),
                    BirthYear = table.Column<int>(type: "integer", nullable: true),
                    BodyMassKg = table.Column<double>(type: "double precision", nullable: true),
                    Sex = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    MaxHeartRate = table.Column<int>(type: "integer", nullable: true),
                    RestingHeartRate = table.Column<int>(type: "integer", nullable: true),
                    ThresholdHeartRate = table.Column<int>(type: "integer", nullable: true),
                    ThresholdPaceSeconds = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_athletes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "races",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AthleteId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DistanceKm = table.Column<double>(type: "double precision", nullable: true),
                    Priority = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false)
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
