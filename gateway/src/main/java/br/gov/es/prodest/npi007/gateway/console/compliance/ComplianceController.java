package br.gov.es.prodest.npi007.gateway.console.compliance;

import br.gov.es.prodest.npi007.gateway.unit.Unit;
import br.gov.es.prodest.npi007.gateway.unit.UnitCatalogue;
import java.time.YearMonth;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The management's monthly view of the norm's compliance (PRODUCT.md, "Audit and replay"). */
@Controller("consoleComplianceController")
class ComplianceController {

  private final ComplianceMonths months;
  private final UnitCatalogue units;

  ComplianceController(ComplianceMonths months, UnitCatalogue units) {
    this.months = months;
    this.units = units;
  }

  @GetMapping("/console/compliance")
  String month(@RequestParam(name = "mes", required = false) String asked, Model model) {
    YearMonth month = months.month(asked);
    model.addAttribute("month", month.toString());
    model.addAttribute("monthName", MonthNames.of(month));
    model.addAttribute("figures", MonthlyCompliance.of(months.rows(month)));
    model.addAttribute("unitNames", units.all().stream().collect(Collectors.toMap(Unit::code, Unit::name)));
    return "console/compliance/month";
  }
}
