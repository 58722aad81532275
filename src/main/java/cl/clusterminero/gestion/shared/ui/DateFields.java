package cl.clusterminero.gestion.shared.ui;

import cl.clusterminero.gestion.shared.DisplayFormats;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers that read and write {@code dd-MM-yyyy} and name months and days in the UI's language. */
public final class DateFields {

    private DateFields() {
    }

    public static DatePicker create(String label, Locale locale) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(locale);
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setDateFormats(DisplayFormats.DATE_PATTERN, "dd/MM/yyyy", "d-M-yyyy", "yyyy-MM-dd")
                .setMonthNames(capitalised(Arrays.asList(symbols.getMonths()).subList(0, 12), locale))
                .setWeekdays(capitalised(Arrays.asList(symbols.getWeekdays()).subList(1, 8), locale))
                .setWeekdaysShort(capitalised(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8), locale))
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("date.today"))
                .setCancel(picker.getTranslation("date.cancel"));
        picker.setI18n(i18n);
        picker.setPlaceholder(picker.getTranslation("date.placeholder"));
        return picker;
    }

    private static List<String> capitalised(List<String> names, Locale locale) {
        return names.stream()
                .map(name -> name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1))
                .toList();
    }
}
