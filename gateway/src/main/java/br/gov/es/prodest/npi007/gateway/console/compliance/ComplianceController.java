package br.gov.es.prodest.npi007.gateway.console.compliance;

import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The management's monthly view of the norm's compliance (PRODUCT.md, "Audit and replay"). */
@Controller("consoleComplianceController")
class ComplianceController {

  private final ComplianceMonths months;

  ComplianceController(ComplianceMonths months) {
    this.months = months;
  }

  @GetMapping("/console/compliance")
  String month(@RequestParam(name = "mes", required = false) String asked, Model model) {
    YearMonth month = months.month(asked);
    model.addAttribute("month", month.toString());
    model.addAttribute("monthName", MonthNames.of(month));
    model.addAttribute("figures", MonthlyCompliance.of(months.rows(month)));
    return "console/compliance/month";
  }
}
