global using MigDev.Core;
global using MigDev.Core.Catalog;
global using MigDev.Core.Iati;
global using Microsoft.AspNetCore.Http.HttpResults;
