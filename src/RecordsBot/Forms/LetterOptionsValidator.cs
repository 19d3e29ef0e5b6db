using Microsoft.Extensions.Options;
using RecordsBot.Forms.Pdf;

namespace RecordsBot.Forms;

/// <summary>Checks the letter settings at start, naming the setting (and the font file) to fix.</summary>
public sealed class LetterOptionsValidator : IValidateOptions<LetterOptions>
{
    public ValidateOptionsResult Validate(string? name, LetterOptions options)
    {
        var errors = new List<string>();
        foreach (var (path, setting, package) in LetterFontFiles.From(options).All)
        {
            if (!File.Exists(path))
            {
                errors.Add($"Letters need the font file {path}, which is missing: install Debian's {package} package or set {setting} to the folder that has it.");
            }
        }

        if (options.LinkLifetime < TimeSpan.FromMinutes(5) || options.LinkLifetime > TimeSpan.FromDays(90))
        {
            errors.Add($"{LetterOptions.Section}:LinkLifetime must be between 00:05:00 and 90.00:00:00.");
        }

        if (options.RetentionDays is < 1 or > 3650)
        {
            errors.Add($"{LetterOptions.Section}:RetentionDays must be between 1 and 3650.");
        }
        else if (TimeSpan.FromDays(options.RetentionDays) < options.LinkLifetime)
        {
            errors.Add($"{LetterOptions.Section}:RetentionDays must be at least {LetterOptions.Section}:LinkLifetime: a link must not outlive its letter.");
        }

        if (options.SweepInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add($"{LetterOptions.Section}:SweepInterval must be at least 00:00:01.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
