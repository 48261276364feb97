using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace MigoekPortal.Web.Infrastructure;

/// <summary>
/// Cleans every string the admin area binds before it can reach the database: control characters other than
/// tab and line breaks and the bidirectional embedding, override and isolate characters are removed (they hide or
/// reorder text on public pages), the rest is trimmed, and fields without a declared length are capped.
/// Passwords are bound as typed.
/// </summary>
public sealed class StaffInputBinderProvider : IModelBinderProvider
{
    /// <summary>The cap for strings whose model declares no length; longer than any text the portal shows.</summary>
    public const int DefaultMaxLength = 10_000;

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        if (context.Metadata.ModelType != typeof(string)) return null;
        var attributes = (context.Metadata as DefaultModelMetadata)?.Attributes.Attributes ?? [];
        if (attributes.OfType<DataTypeAttribute>().Any(a => a.DataType == DataType.Password)) return null;
        var limit = attributes.OfType<StringLengthAttribute>().Select(a => (int?)a.MaximumLength).FirstOrDefault()
            ?? attributes.OfType<MaxLengthAttribute>().Select(a => (int?)a.Length).FirstOrDefault();
        var services = context.Services;
        return new Binder(new SimpleTypeModelBinder(typeof(string), services.GetRequiredService<ILoggerFactory>()), limit is null);
    }

    /// <summary>The text without hidden control and direction characters, trimmed.</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n')) continue;
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069') continue;
            builder.Append(c);
        }
        return builder.ToString().Trim();
    }

    private sealed class Binder(IModelBinder inner, bool cap) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            if (bindingContext.Result.Model is not string text
                || !bindingContext.ActionContext.RouteData.Values.TryGetValue("area", out var area) || area as string != "Admin") return;
            var clean = Clean(text);
            if (cap && clean.Length > DefaultMaxLength) clean = clean[..DefaultMaxLength];
            bindingContext.Result = ModelBindingResult.Success(clean.Length == 0 && bindingContext.ModelMetadata.ConvertEmptyStringToNull ? null : clean);
        }
    }
}
