namespace RunnerStrength.Fit.Summary;

/// <summary>The first file_id message: what kind of file, and which device wrote it.</summary>
/// <param name="Type">file_id.type (4 activity, 5 workout, ...).</param>
/// <param name="Manufacturer">file_id.manufacturer (1 garmin, 294 coros, ...).</param>
/// <param name="Product">file_id.product (garmin_product when the manufacturer is Garmin).</param>
/// <param name="ProductName">The profile's name for the product when its sub-field is known (e.g. <c>fenix5</c>).</param>
/// <param name="SerialNumber">file_id.serial_number.</param>
/// <param name="TimeCreated">file_id.time_created.</param>
/// <param name="Number">file_id.number.</param>
public sealed record FitFileIdSummary(long? Type, long? Manufacturer, long? Product, string? ProductName, long? SerialNumber, DateTimeOffset? TimeCreated, long? Number);
