package io.contactcenter.recognition.rate;

import java.util.List;

/** A month's praise rate, center-wide and for every team that handled contacts or was praised. */
public record MonthRates(String month, PraiseRate center, List<PraiseRate> teams) {
}
