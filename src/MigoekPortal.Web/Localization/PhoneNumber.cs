namespace MigoekPortal.Web.Localization;

/// <summary>
/// Phone numbers are stored in international format with spaces ("+49 5531 707-0"). German pages
/// show the national format ("05531 707-0"), all others the international one; links dial the
/// international number.
/// </summary>
public static class PhoneNumber
{
    public static string Display(string number, string culture) =>
        culture == "de" && number.StartsWith("+49 ", StringComparison.Ordinal) ? "0" + number[4..] : number;

    public static string TelUri(string number) =>
        "tel:" + new string(number.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
}
