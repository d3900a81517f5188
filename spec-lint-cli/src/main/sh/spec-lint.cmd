@echo off
rem spec-lint launcher for Windows: runs lib\spec-lint.jar with the JVM in SPEC_LINT_JAVA (a java.exe
rem or a JDK folder), else in JAVA_HOME, else java on PATH. No class cache (see docs/performance.md).
setlocal
set "SPEC_LINT_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
if defined SPEC_LINT_JAVA (set "JAVA_EXE=%SPEC_LINT_JAVA%")
if defined SPEC_LINT_JAVA if exist "%SPEC_LINT_JAVA%\bin\java.exe" (set "JAVA_EXE=%SPEC_LINT_JAVA%\bin\java.exe")
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %SPEC_LINT_JAVA_OPTS% -jar "%SPEC_LINT_HOME%\lib\spec-lint.jar" %*
exit /b %ERRORLEVEL%
