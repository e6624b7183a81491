using Npgsql;

namespace Gbv.Domain.Tests.Database;

/// <summary>
/// The PostgreSQL server the database tests run on: the throwaway cluster <c>.ci/run</c> starts (<c>.ci/postgres.sh</c>),
/// named by <c>GBV_TEST_POSTGRES</c>. Each test class takes a database of its own and drops it afterwards. Without the
/// variable the tests are skipped on a developer's machine and fail in CI, where the server must be there.
/// </summary>
internal static class PostgresServer
{
    public static string ConnectionString()
    {
        var connection = Environment.GetEnvironmentVariable("GBV_TEST_POSTGRES");
        if (!string.IsNullOrEmpty(connection))
        {
            return connection;
        }

        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail("GBV_TEST_POSTGRES is not set: .ci/run starts PostgreSQL for the database tests.");
        }

        Assert.Skip("No PostgreSQL: run .ci/run, or set GBV_TEST_POSTGRES to a server where databases can be created.");
        return string.Empty;
    }

    /// <summary>A new, empty database; dropped when disposed.</summary>
    public static ScratchDatabase Create() => new(ConnectionString());

    public sealed class ScratchDatabase : IDisposable
    {
        private readonly string _server;

        public ScratchDatabase(string server)
        {
            _server = server;
            Name = $"gbv_test_{Guid.NewGuid():N}";
            Execute(server, $"CREATE DATABASE {Name}");
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
        }

        public string Name { get; }

        public string ConnectionString { get; }

        public void Dispose()
        {
            NpgsqlConnection.ClearAllPools();
            Execute(_server, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        }

        private static void Execute(string connectionString, string sql)
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
    }
}
