package dev.speclint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewSpecMojoTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();
    private NewSpecMojo mojo;

    @BeforeEach
    void defaults() {
        mojo = new NewSpecMojo();
        mojo.setLog(log);
        mojo.specVersion = "1.0";
        mojo.basedir = project.toFile();
        mojo.artifactId = "billing-api";
    }

    @Test
    void writesTheFirstSpecOfTheArtifactsKey() throws Exception {
        mojo.title = "  Invoice   export ";

        mojo.execute();

        Path spec = project.resolve("docs/specs/SPEC-BILLING-API-1-invoice-export.md");
        String text = Files.readString(spec);
        assertThat(text).startsWith("# Invoice export\n")
                .contains("**Spec ID:** SPEC-BILLING-API-1  \n")
                .contains("**Created:** " + LocalDate.now() + "  \n");
        assertThat(log.lines).containsExactly("[INFO] spec-lint: created " + spec + " (SPEC-BILLING-API-1)");
    }

    @Test
    void theSameTitleTwiceIsRefusedAndAnotherGetsTheNextNumber() throws Exception {
        mojo.title = "Invoice export";
        mojo.key = "inv";
        mojo.execute();

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("spec-lint:new: " + project.resolve("docs/specs/SPEC-INV-1-invoice-export.md")
                        + " already has the title 'Invoice export'; edit that spec or choose another title");

        mojo.title = "Dunning";
        mojo.execute();
        assertThat(project.resolve("docs/specs/SPEC-INV-2-dunning.md")).exists();
    }

    @Test
    void aTemplateFileInsteadOfTheProfile() throws Exception {
        Files.writeString(project.resolve("rfc.md"), "# RFC: [Title]\n\n**Status:** Proposed/Accepted\n\n## Motivation\n");
        mojo.template = new java.io.File("rfc.md");
        mojo.title = "Event log";
        mojo.key = "RFC";

        mojo.execute();

        assertThat(Files.readString(project.resolve("docs/specs/SPEC-RFC-1-event-log.md")))
                .isEqualTo("# Event log\n\n**Status:** Proposed\n\n## Motivation\n");
    }

    @Test
    void aTitleIsRequired() {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("-Dspeclint.title=");
    }

    @Test
    void aMissingTemplateIsNamed() {
        mojo.title = "X";
        mojo.profile = "templates/none.md";

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("template " + project.resolve("templates/none.md") + " does not exist");
    }
}
