using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RunnerStrength.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StrengthLogByActivity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StrengthLogByActivitySql.Up);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StrengthLogByActivitySql.Down);
        }
    }
}
