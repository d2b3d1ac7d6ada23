namespace RunnerStrength.Storage.Migrations;

/// <summary>
/// The strength log's FIT entries keyed by the stored activity instead of the file's hash (<c>fit:HASH</c> becomes
/// <c>activity:ID</c>), so a workout arriving again in other bytes is not logged twice. Plain SQL that SQLite and
/// PostgreSQL both read; entries whose activity is gone keep their old key.
/// </summary>
internal static class StrengthLogByActivitySql
{
    public const string Up = """
        UPDATE strength_log SET "Source" = 'activity:' || (
            SELECT a."Id" FROM activities a
            WHERE a."AthleteId" = strength_log."AthleteId" AND a."Source" = 'fit' AND a."SourceId" = substr(strength_log."Source", 5))
        WHERE "Source" LIKE 'fit:%' AND EXISTS (
            SELECT 1 FROM activities a
            WHERE a."AthleteId" = strength_log."AthleteId" AND a."Source" = 'fit' AND a."SourceId" = substr(strength_log."Source", 5));
        """;

    public const string Down = """
        UPDATE strength_log SET "Source" = 'fit:' || (
            SELECT a."SourceId" FROM activities a
            WHERE a."AthleteId" = strength_log."AthleteId" AND 'activity:' || a."Id" = strength_log."Source")
        WHERE "Source" LIKE 'activity:%' AND EXISTS (
            SELECT 1 FROM activities a
            WHERE a."AthleteId" = strength_log."AthleteId" AND a."Source" = 'fit' AND 'activity:' || a."Id" = strength_log."Source");
        """;
}
