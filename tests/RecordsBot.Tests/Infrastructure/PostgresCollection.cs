namespace RecordsBot.Tests.Infrastructure;

/// <summary>The tests that share one throwaway PostgreSQL server (<see cref="PostgresServer"/>); they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
