using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using nietras.SeparatedValues;

namespace ContactsSdk.Cli;

/// <summary>Streams contacts to and from CSV (CsvHelper) and JSON Lines, one row at a time, so memory does not grow with the file.</summary>
internal static class ContactFiles
{
    public static ContactFileFormat FormatOf(string? format, string? path)
        => (format ?? Path.GetExtension(path ?? string.Empty).TrimStart('.')).ToLowerInvariant() switch
        {
            "csv" => ContactFileFormat.Csv,
            "jsonl" or "ndjson" or "json" or "" => ContactFileFormat.Jsonl,
            var other => throw new CliUsageException($"Unknown format '{other}': use csv or jsonl."),
        };

    public static async Task<int> WriteAsync(IAsyncEnumerable<Contact> contacts, ContactFileFormat format, TextWriter writer, CancellationToken cancellationToken)
    {
        var count = 0;
        if (format == ContactFileFormat.Jsonl)
        {
            await foreach (var contact in contacts.WithCancellation(cancellationToken))
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(ContactRow.From(contact), CliJsonContext.Default.ContactRow));
                count++;
            }

            await writer.FlushAsync(cancellationToken);
            return count;
        }

        using var csv = Sep.New(',').Writer(options => options with { Escape = true }).To(writer, leaveOpen: true);
        await foreach (var contact in contacts.WithCancellation(cancellationToken))
        {
            WriteRow(csv, ContactRow.From(contact, details: false));
            count++;
        }

        if (count == 0)
        {
            // Sep writes the header with the first row; an empty export still names its columns.
            await writer.WriteLineAsync(string.Join(',', Columns));
        }

        csv.Flush();
        await writer.FlushAsync(cancellationToken);
        return count;
    }

    public static async IAsyncEnumerable<ContactRow> ReadAsync(TextReader reader, ContactFileFormat format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (format == ContactFileFormat.Jsonl)
        {
            var lineNumber = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                lineNumber++;
                if (!string.IsNullOrWhiteSpace(line))
                {
                    yield return Parse(line, lineNumber);
                }
            }

            yield break;
        }

        using var csv = Sep.Reader(options => options with { Unescape = true, Trim = SepTrim.Outer }).From(reader);
        var columns = csv.Header.ColNames.Select(name => name.Trim().ToLowerInvariant()).ToList();
        while (csv.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return ReadRow(csv, columns);
        }

        await Task.CompletedTask;
    }

    private static readonly string[] Columns =
        ["id", "vendor", "name", "first_name", "last_name", "email", "phone", "tags", "company", "job_title", "created_at", "updated_at"];

    private static void WriteRow(SepWriter csv, ContactRow contact)
    {
        using var row = csv.NewRow();
        row["id"].Set(contact.Id ?? string.Empty);
        row["vendor"].Set(contact.Vendor ?? string.Empty);
        row["name"].Set(contact.Name ?? string.Empty);
        row["first_name"].Set(contact.FirstName ?? string.Empty);
        row["last_name"].Set(contact.LastName ?? string.Empty);
        row["email"].Set(contact.Email ?? string.Empty);
        row["phone"].Set(contact.Phone ?? string.Empty);
        row["tags"].Set(contact.Tags ?? string.Empty);
        row["company"].Set(contact.Company ?? string.Empty);
        row["job_title"].Set(contact.JobTitle ?? string.Empty);
        row["created_at"].Set(contact.CreatedAt?.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty);
        row["updated_at"].Set(contact.UpdatedAt?.ToString("O", CultureInfo.InvariantCulture) ?? string.Empty);
    }

    // Columns are optional and found by name (any case), so a hand-made file with only name,email works.
    private static ContactRow ReadRow(SepReader csv, List<string> columns)
    {
        string? Get(string column)
        {
            var row = csv.Current;
            var index = columns.IndexOf(column);
            var value = index < 0 || index >= row.ColCount ? null : row[index].ToString();
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }

        return new ContactRow
        {
            Id = Get("id"),
            Name = Get("name"),
            FirstName = Get("first_name"),
            LastName = Get("last_name"),
            Email = Get("email"),
            Phone = Get("phone"),
            Tags = Get("tags"),
            Company = Get("company"),
            JobTitle = Get("job_title"),
        };
    }

    private static ContactRow Parse(string line, int lineNumber)
    {
        try
        {
            return JsonSerializer.Deserialize(line, CliJsonContext.Default.ContactRow)
                ?? throw new CliUsageException($"Line {lineNumber} is not a contact object.");
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"Line {lineNumber} is not valid JSON: {ex.Message}");
        }
    }
}
