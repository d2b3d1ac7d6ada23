using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunnerStrength.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StravaWebhookEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "WebhookSubscriptionId",
                table: "strava_connections",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "strava_webhook_events",
                columns: table => new
                {
                    AthleteId = table.Column<int>(type: "INTEGER", nullable: false),
                    ObjectId = table.Column<long>(type: "INTEGER", nullable: false),
                    ObjectType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AspectType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Deauthorized = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedUnixSeconds = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strava_webhook_events", x => new { x.AthleteId, x.ObjectId });
                    table.ForeignKey(
                        name: "FK_strava_webhook_events_athletes_AthleteId",
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
                name: "strava_webhook_events");

            migrationBuilder.DropColumn(
                name: "WebhookSubscriptionId",
                table: "strava_connections");
        }
    }
}
