using System.Globalization;
using MigoekPortal.Web.Areas.Admin.Models;
using MigoekPortal.Web.Commands;
using MigoekPortal.Web.Localization;

namespace MigoekPortal.Tests.Unit;

public sealed class UnitTests
{
    [Theory]
    [InlineData("/de/districts/holzminden", "ar", "/ar/districts/holzminden")]
    [InlineData("/de/", "uk", "/uk/")]
    [InlineData("/de", "fa", "/fa/")]
    [InlineData("/admin", "tr", "/tr/")]
    [InlineData("/", "en", "/en/")]
    public void SwitchPath_KeepsThePage(string path, string culture, string expected) =>
        Assert.Equal(expected, Cultures.SwitchPath(path, culture));

    [Theory]
    [InlineData("+49 5531 707-0", "de", "05531 707-0")]
    [InlineData("+49 5531 707-0", "ar", "+49 5531 707-0")]
    [InlineData("+43 1 234", "de", "+43 1 234")]
    public void Phone_IsShownPerCulture(string number, string culture, string expected) =>
        Assert.Equal(expected, PhoneNumber.Display(number, culture));

    [Fact]
    public void Phone_TelUri_DialsInternationally() => Assert.Equal("tel:+4955317070", PhoneNumber.TelUri("+49 5531 707-0"));

    [Theory]
    [InlineData("05531 707-0", "+49 5531 707-0")]
    [InlineData("0043 1 234", "+43 1 234")]
    [InlineData("+49 30 1", "+49 30 1")]
    [InlineData(null, null)]
    public void Phone_TypedTheGermanWay_IsStoredInternationally(string? typed, string? stored) =>
        Assert.Equal(stored, DistrictProfileInput.NormalizePhone(typed));

    [Theory]
    [InlineData("de", "Mittwoch, 25. November 2026")]
    [InlineData("en", "Wednesday, November 25, 2026")]
    [InlineData("tr", "25 Kasım 2026 Çarşamba")]
    public void Dates_AreFormattedPerCulture(string culture, string expected) =>
        Assert.Equal(expected, new DateTime(2026, 11, 25).ToString("D", Cultures.Create(culture)));

    [Theory]
    [InlineData("fa")]
    [InlineData("ar")]
    public void Dates_UseTheGregorianCalendar_AlsoInPersianAndArabic(string culture)
    {
        var formatted = new DateTime(2026, 11, 25).ToString("d", Cultures.Create(culture));
        Assert.IsType<GregorianCalendar>(Cultures.Create(culture).DateTimeFormat.Calendar);
        Assert.Contains("2026", ToLatinDigits(formatted));
    }

    [Fact]
    public void Numbers_AreFormattedPerCulture()
    {
        Assert.Equal("1.234,5", 1234.5.ToString("N1", Cultures.Create("de")));
        Assert.Equal("1,234.5", 1234.5.ToString("N1", Cultures.Create("en")));
    }

    [Fact]
    public void Autonyms_AreInTheirOwnScript()
    {
        Assert.Equal("العربية", Cultures.Autonym("ar"));
        Assert.Equal("فارسی", Cultures.Autonym("fa"));
        Assert.Equal("Українська", Cultures.Autonym("uk"));
        Assert.Equal("Български", Cultures.Autonym("bg"));
        Assert.Equal("Deutsch", Cultures.Autonym("de"));
        Assert.Equal(10, Cultures.All.Select(Cultures.Autonym).Distinct().Count());
    }

    [Theory]
    [InlineData("migrate", "migrate", "")]
    [InlineData("create-admin --email a@b.example --password-stdin --Database:Provider Sqlite", "create-admin", "--Database:Provider Sqlite")]
    [InlineData("--urls http://x", null, "--urls http://x")]
    public void Commands_AreSplitFromHostArguments(string args, string? command, string hostArgs)
    {
        var (parsed, _, host) = PortalCommands.Parse(args.Split(' '));
        Assert.Equal(command, parsed);
        Assert.Equal(hostArgs, string.Join(' ', host));
    }

    [Fact]
    public void GeneratedPasswords_AreLongAndDifferent()
    {
        var a = PortalCommands.GeneratePassword();
        Assert.True(a.Length >= 20);
        Assert.NotEqual(a, PortalCommands.GeneratePassword());
    }

    private static string ToLatinDigits(string s) => new(s.Select(c => char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c).ToArray());
}
