@echo off
rem spec-lint launcher for Windows: runs lib\spec-lint.jar with the JVM in JAVA_HOME, else java on PATH.
setlocal
set "SPEC_LINT_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %SPEC_LINT_JAVA_OPTS% -jar "%SPEC_LINT_HOME%\lib\spec-lint.jar" %*
exit /b %ERRORLEVEL%
