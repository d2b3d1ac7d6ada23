using System.Text;
using System.Text.Json;
using RunnerStrength.Fit.Decoding;
using RunnerStrength.Fit.Profile;
using RunnerStrength.Fit.Summary;

namespace RunnerStrength.Cli.FitInspect;

/// <summary>
/// One JSON line per file with the keys, units and naming of shared/fit-corpus/expected.jsonl, so the
/// two can be compared line by line (fitcompare.py).
/// </summary>
internal static class FitInspectJson
{
    public static string Write(string file, long size, FitDecodeResult result, FitSummary summary)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("file", Path.GetFileName(file));
            json.WriteNumber("size", size);
            json.WriteBoolean("is_fit", result.IsFit);
            json.WriteBoolean("decode_ok", result.DecodeOk);
            json.WriteBoolean("integrity_ok", result.IntegrityOk);
            json.WriteStartArray("errors");
            foreach (var error in result.Errors)
            {
                json.WriteStringValue(error.ToString());
            }

            json.WriteEndArray();
            json.WriteNumber("fit_files", result.Headers.Count);
            WriteHeader(json, result.Headers.Count > 0 ? result.Headers[0] : null);
            WriteFileId(json, summary.FileId);
            WriteCounts(json, summary);
            json.WriteStartArray("sessions");
            foreach (var session in summary.Sessions)
            {
                WriteSession(json, session);
            }

            json.WriteEndArray();
            json.WriteNumber("lap_count", summary.LapCount);
            json.WriteNumber("record_count", summary.RecordCount);
            WriteTime(json, "first_record_timestamp", summary.FirstRecordTimestamp);
            WriteTime(json, "last_record_timestamp", summary.LastRecordTimestamp);
            WriteActivity(json, summary.Activity);
            WriteDefinitions(json, result.Statistics);
            json.WriteStartObject("developer_data");
            json.WriteBoolean("present", summary.DeveloperDataIdMessages > 0 || summary.FieldDescriptionMessages > 0 || result.Statistics.DefinitionsWithDeveloperFields > 0);
            json.WriteNumber("developer_data_id_mesgs", summary.DeveloperDataIdMessages);
            json.WriteNumber("field_description_mesgs", summary.FieldDescriptionMessages);
            json.WriteNumber("definitions_with_developer_fields", result.Statistics.DefinitionsWithDeveloperFields);
            json.WriteNumber("mesgs_with_developer_values", summary.MessagesWithDeveloperValues);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteHeader(Utf8JsonWriter json, FitHeader? header)
    {
        if (header is null)
        {
            json.WriteNull("header");
            return;
        }

        json.WriteStartObject("header");
        json.WriteNumber("header_size", header.Size);
        json.WriteString("protocol_version", header.ProtocolVersionText);
        json.WriteNumber("profile_version", header.ProfileVersion);
        json.WriteNumber("data_size", header.DataSize);
        if (header.HeaderCrc is { } crc)
        {
            json.WriteNumber("header_crc", crc);
        }

        json.WriteEndObject();
    }

    private static void WriteFileId(Utf8JsonWriter json, FitFileIdSummary? fileId)
    {
        if (fileId is null)
        {
            json.WriteNull("file_id");
            return;
        }

        json.WriteStartObject("file_id");
        WriteEnum(json, "type", "file", fileId.Type);
        WriteEnum(json, "manufacturer", "manufacturer", fileId.Manufacturer);
        WriteNumber(json, "product", fileId.Product);
        WriteString(json, "product_name", fileId.ProductName);
        WriteNumber(json, "serial_number", fileId.SerialNumber);
        WriteTime(json, "time_created", fileId.TimeCreated);
        WriteNumber(json, "number", fileId.Number);
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, FitSummary summary)
    {
        json.WriteStartObject("message_counts");
        foreach (var (name, count) in summary.MessageCounts)
        {
            json.WriteNumber(name, count);
        }

        json.WriteEndObject();
        json.WriteStartObject("unknown_message_counts");
        foreach (var (number, count) in summary.UnknownMessageCounts)
        {
            json.WriteNumber(number.ToString(System.Globalization.CultureInfo.InvariantCulture), count);
        }

        json.WriteEndObject();
    }

    private static void WriteSession(Utf8JsonWriter json, FitSessionSummary s)
    {
        json.WriteStartObject();
        WriteEnum(json, "sport", "sport", s.Sport);
        WriteEnum(json, "sub_sport", "sub_sport", s.SubSport);
        WriteTime(json, "start_time", s.StartTime);
        WriteTime(json, "timestamp", s.Timestamp);
        WriteNumber(json, "total_elapsed_time", s.TotalElapsedTime);
        WriteNumber(json, "total_timer_time", s.TotalTimerTime);
        WriteNumber(json, "total_distance", s.TotalDistance);
        WriteNumber(json, "avg_heart_rate", s.AvgHeartRate);
        WriteNumber(json, "max_heart_rate", s.MaxHeartRate);
        WriteNumber(json, "avg_speed", s.AvgSpeed);
        WriteNumber(json, "max_speed", s.MaxSpeed);
        WriteNumber(json, "total_ascent", s.TotalAscent);
        WriteNumber(json, "total_calories", s.TotalCalories);
        WriteNumber(json, "num_laps", s.NumLaps);
        json.WriteEndObject();
    }

    private static void WriteActivity(Utf8JsonWriter json, FitActivitySummary? activity)
    {
        if (activity is null)
        {
            json.WriteNull("activity");
            return;
        }

        json.WriteStartObject("activity");
        WriteTime(json, "timestamp", activity.Timestamp);
        WriteNumber(json, "local_timestamp", activity.LocalTimestamp);
        WriteNumber(json, "num_sessions", activity.NumSessions);
        WriteNumber(json, "total_timer_time", activity.TotalTimerTime);
        json.WriteEndObject();
    }

    private static void WriteDefinitions(Utf8JsonWriter json, FitDecodeStatistics statistics)
    {
        json.WriteStartObject("definitions");
        json.WriteNumber("total", statistics.Definitions);
        json.WriteNumber("big_endian", statistics.BigEndianDefinitions);
        json.WriteNumber("with_developer_fields", statistics.DefinitionsWithDeveloperFields);
        json.WriteNumber("redefinitions", statistics.Redefinitions);
        json.WriteNumber("compressed_timestamp_mesgs", statistics.CompressedTimestampMessages);
        json.WriteEndObject();
    }

    // Enums are the raw number plus the profile's name, as expected.jsonl has them.
    private static void WriteEnum(Utf8JsonWriter json, string key, string type, long? value)
    {
        WriteNumber(json, key, value);
        WriteString(json, key + "_name", value is { } v ? FitEnums.Name(type, v) : null);
    }

    private static void WriteNumber(Utf8JsonWriter json, string key, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(key, v);
        }
        else
        {
            json.WriteNull(key);
        }
    }

    private static void WriteString(Utf8JsonWriter json, string key, string? value)
    {
        if (value is null)
        {
            json.WriteNull(key);
        }
        else
        {
            json.WriteString(key, value);
        }
    }

    private static void WriteTime(Utf8JsonWriter json, string key, DateTimeOffset? time) =>
        WriteString(json, key, time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
}
