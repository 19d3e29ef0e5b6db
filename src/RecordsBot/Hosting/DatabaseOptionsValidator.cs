using Microsoft.Extensions.Options;

namespace RecordsBot.Hosting;

/// <summary>Checks the database settings at start, naming the setting to fix (the same checks <see cref="DatabaseSetup.Configure"/> makes).</summary>
public sealed class DatabaseOptionsValidator(IConfiguration configuration) : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        try
        {
            if (DatabaseSetup.ProviderOf(configuration) == DatabaseProvider.PostgreSql)
            {
                DatabaseSetup.PostgreSqlConnection(configuration);
            }

            return ValidateOptionsResult.Success;
        }
        catch (InvalidOperationException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
