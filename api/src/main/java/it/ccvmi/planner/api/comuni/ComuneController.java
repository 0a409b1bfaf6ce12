package it.ccvmi.planner.api.comuni;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.ccvmi.planner.api.web.ApiProblem;
import it.ccvmi.planner.data.territory.Comune;
import it.ccvmi.planner.data.territory.ComuneRepository;
import it.ccvmi.planner.planning.csv.CsvTable;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The 133 comuni of the Città metropolitana (reference data, read only). */
@RestController
@RequestMapping("/api/v1/comuni")
@Tag(name = "Comuni", description = "The comuni of the Città metropolitana di Milano")
class ComuneController {

    private final ComuneRepository comuni;

    ComuneController(ComuneRepository comuni) {
        this.comuni = comuni;
    }

    @GetMapping
    @Operation(summary = "List the comuni, by name",
            description = "name: the exact name (any case, accents optional); q: part of the name")
    List<ComuneView> list(@RequestParam(required = false) String name, @RequestParam(required = false) String q) {
        String exact = name == null ? null : CsvTable.normalizeName(name);
        String part = q == null ? null : CsvTable.normalizeName(q);
        return comuni.findAll().stream()
                .filter(comune -> exact == null || CsvTable.normalizeName(comune.getName()).equals(exact))
                .filter(comune -> part == null || CsvTable.normalizeName(comune.getName()).contains(part))
                .sorted(Comparator.comparing(Comune::getName))
                .map(ComuneView::of).toList();
    }

    @GetMapping("/{istat}")
    @Operation(summary = "One comune by ISTAT code")
    ComuneView get(@PathVariable String istat) {
        return comuni.findById(istat).map(ComuneView::of)
                .orElseThrow(() -> ApiProblem.notFound("nessun comune con codice ISTAT " + istat));
    }
}
