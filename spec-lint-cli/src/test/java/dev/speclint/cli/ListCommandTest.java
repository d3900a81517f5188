package dev.speclint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code spec-lint list} on a fixture repository: six specs, four of them Approved, of which three
 * have unticked items (one with its status in bold) and one has no checklist at all.
 */
class ListCommandTest {

    static final String FIXTURE = Path.of("src/test/resources/list-fixture").toString();

    private static List<String> ids(String table) {
        return Arrays.stream(table.split("\n")).skip(1).filter(l -> l.startsWith("SPEC-"))
                .map(l -> l.split("\\s+")[0]).toList();
    }

    @Test
    void approvedSpecsWithUntickedItems() {
        Cli run = Cli.run("list", "--status", "Approved", "--where", "checklist<100%", FIXTURE);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(ids(run.out())).containsExactly("SPEC-A-1", "SPEC-A-4", "SPEC-A-5");
        assertThat(run.out().lines().toList()).first().asString()
                .startsWith("ID        STATUS    SECTIONS  CHECKLIST  PLACEHOLDERS  ERRORS  WARNINGS  TITLE");
        assertThat(run.out()).contains("SPEC-A-1  Approved      0/16        2/3").endsWith("3 specs\n");
    }

    @Test
    void everySpecWithoutFilters() {
        Cli run = Cli.run("list", FIXTURE);
        assertThat(ids(run.out())).containsExactly("SPEC-A-1", "SPEC-A-2", "SPEC-A-3", "SPEC-A-4", "SPEC-A-5", "SPEC-A-6");
    }

    @Test
    void statusIgnoresCaseAndRepeats() {
        Cli run = Cli.run("list", "--status", "draft", "--status", "APPROVED", "--where", "checklist<=50%", FIXTURE);
        assertThat(ids(run.out())).containsExactly("SPEC-A-3", "SPEC-A-4", "SPEC-A-5");
    }

    @Test
    void conditionsJoinWithAnd() {
        Cli run = Cli.run("list", "--where", "checklist<100% and errors>=2 and created>2026-01-01", FIXTURE);
        assertThat(ids(run.out())).containsExactly("SPEC-A-4", "SPEC-A-5");
        assertThat(ids(Cli.run("list", "--where", "title~'a-6'", FIXTURE).out())).containsExactly("SPEC-A-6");
    }

    @Test
    void jsonAndCsv() {
        Cli json = Cli.run("list", "--format", "json", "--where", "id=SPEC-A-1", FIXTURE);
        assertThat(json.code()).isZero();
        assertThat(json.out()).contains("\"id\" : \"SPEC-A-1\"", "\"status\" : \"Approved\"", "\"ticked\" : 2",
                "\"total\" : 3", "\"author\" : \"Ann Example\"", "\"created\" : \"2026-01-01\"", "\"specs\" : 1");
        Cli csv = Cli.run("list", "--format", "csv", "--status", "Draft", FIXTURE);
        assertThat(csv.out()).isEqualTo("file,id,title,status,author,created,updated,sections_present,"
                + "sections_expected,checklist_ticked,checklist_total,placeholders,errors,warnings\r\n"
                + FIXTURE + "/docs/specs/SPEC-A-3.md,SPEC-A-3,Spec SPEC-A-3,Draft,Ann Example,2026-01-03,,0,16,0,2,0,1,0\r\n");
    }

    @Test
    void badExpressionIsAUsageError() {
        Cli run = Cli.run("list", "--where", "checklist<lots", FIXTURE);
        assertThat(run.code()).isEqualTo(SpecLintCommand.FAILURE);
        assertThat(run.err()).contains("--where: bad expression 'checklist<lots' at character 1: 'lots' is not a "
                + "percentage like 100%").contains("numeric fields: sections, checklist");
        assertThat(Cli.run("list", "--where", "colour=red", FIXTURE).err()).contains("unknown field 'colour'");
        assertThat(Cli.run("list", "--where", "errors>0 or warnings>0", FIXTURE).err())
                .contains("at character 10: expected 'and' between conditions");
        assertThat(Cli.run("list", "--where", "title~", FIXTURE).err()).contains("expected FIELD OP VALUE");
    }
}
