using System.Globalization;

namespace MigoekPortal.Web.Localization;

/// <summary>Names of the languages offers are delivered in, each in its own script, so founders recognise their own.</summary>
public static class LanguageNames
{
    public static string Autonym(string code)
    {
        try
        {
            var native = CultureInfo.GetCultureInfo(code).NativeName;
            return native.Length == 0 || native == code ? code : char.ToUpper(native[0], CultureInfo.GetCultureInfo(code)) + native[1..];
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
