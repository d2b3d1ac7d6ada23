using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace RunnerStrength.Storage.Migrations.PostgreSql
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AthleteId = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    SourceId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    StartUnixSeconds = table.Column<long>(type: "bigint", nullable: false),
                    LocalStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Sport = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ElapsedSeconds = table.Column<double>(type: "double precision", nullable: false),
                    MovingSeconds = table.Column<double>(type: "double precision", nullable: false),
                    DistanceM = table.Column<double>(type: "double precision", nullable: true),
                    ElevationGainM = table.Column<double>(type: "double precision", nullable: true),
                    AverageHeartRate = table.Column<double>(type: "double precision", nullable: true),
                    MaxHeartRate = table.Column<double>(type: "double precision", nullable: true),
                    IsIndoor = table.Column<bool>(type: "boolean", nullable: false),
                    WorkoutType = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Device = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AerobicTrainingEffect = table.Column<double>(type: "double precision", nullable: true),
                    AnaerobicTrainingEffect = table.Column<double>(type: "double precision", nullable: true),
                    Rpe = table.Column<double>(type: "double precision", nullable: true),
                    DetailsJson = table.Column<string>(type: "text", nullable: false)
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
