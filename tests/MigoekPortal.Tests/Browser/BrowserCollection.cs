namespace MigoekPortal.Tests.Browser;

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<LiveServer>
{
    public const string Name = "browser";
}
