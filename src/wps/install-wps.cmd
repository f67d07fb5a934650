@echo off
rem Offline install of __NAME__ into WPS for Windows, run from the built add-in folder (dist\wps).
rem Copies this folder to %APPDATA%\kingsoft\wps\jsaddons\__FOLDER__ and, when there is no publish.xml yet,
rem installs ours. Quit WPS first. An existing publish.xml (other add-ins) is left alone: add our line to it.
setlocal
set "DIR=%APPDATA%\kingsoft\wps\jsaddons"
if not exist "%DIR%" mkdir "%DIR%"
xcopy /E /I /Y /Q "%~dp0." "%DIR%\__FOLDER__" >nul
if not exist "%DIR%\publish.xml" (
  copy /Y "%~dp0publish.xml" "%DIR%\publish.xml" >nul
  echo Installed. Restart WPS and open a spreadsheet.
) else (
  echo Copied to %DIR%\__FOLDER__.
  echo %DIR%\publish.xml exists: add this line inside its jsplugins element, then restart WPS:
  echo   ^<jsplugin name="__NAME__" type="et" url="__FOLDER__" version="__VERSION__" enable="enable_dev" install="null" customDomain=""/^>
)
endlocal
