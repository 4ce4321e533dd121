@echo off
rem Tramite - agente de firma local. Starts the agent with conf\tramite-agente.conf (if present)
rem and any option given here (see --ayuda). Needs Java 17 or later (JAVA_HOME or java on PATH).
setlocal
set "BASE=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\javaw.exe") else (set "JAVA=javaw.exe")
rem javaw: no console window; the PIN is asked in the agents own window
if "%~1"=="--ayuda" set "JAVA=%JAVA:javaw.exe=java.exe%"
if "%~1"=="--version" set "JAVA=%JAVA:javaw.exe=java.exe%"
if exist "%BASE%\conf\tramite-agente.conf" (
  start "" "%JAVA%" -jar "%BASE%\lib\tramite-agente.jar" --config "%BASE%\conf\tramite-agente.conf" %*
) else (
  start "" "%JAVA%" -jar "%BASE%\lib\tramite-agente.jar" %*
)
endlocal
