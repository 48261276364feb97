namespace MigoekPortal.Web.Media;

public enum MediaRejection { TooLarge = 1, WrongType, Empty }

/// <summary>An upload that was refused; nothing of it was kept.</summary>
public sealed class MediaRejectedException(MediaRejection reason) : Exception(reason.ToString())
{
    public MediaRejection Reason { get; } = reason;
}
