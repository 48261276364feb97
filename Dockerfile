# MIGOEK Portal: build with the .NET 10 SDK; run on Debian with the ASP.NET Core runtime, Chromium and Noto fonts
# (brochure PDFs, Arabic and Persian included) as a non-root user.
# .NET 10 ships its runtime images on Ubuntu only, where Chromium is a snap that does not run in a container;
# so the runtime is copied from the official image onto Debian, whose Chromium package works as is.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/MigoekPortal.Web/MigoekPortal.Web.csproj src/MigoekPortal.Web/
RUN dotnet restore src/MigoekPortal.Web/MigoekPortal.Web.csproj
COPY src/ src/
RUN dotnet publish src/MigoekPortal.Web/MigoekPortal.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS aspnet

FROM debian:trixie-slim AS runtime
# curl for the health check; chromium and the Noto fonts for the brochure PDFs; libicu for .NET's culture data.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl libicu76 tzdata chromium fonts-noto-core fonts-noto-ui-core \
    && rm -rf /var/lib/apt/lists/*
COPY --from=aspnet /usr/share/dotnet /usr/share/dotnet
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet \
    && groupadd --gid 1654 app && useradd --uid 1654 --gid app --no-create-home --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=build /app ./
RUN mkdir -p /app/App_Data /keys /media && chown -R app:app /app/App_Data /keys /media
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true \
    DataProtection__KeysPath=/keys \
    Pdf__ChromiumPath=/usr/bin/chromium \
    Pdf__CacheFolder=/app/App_Data/pdf-cache
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl -fsS http://localhost:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "MigoekPortal.Web.dll"]
