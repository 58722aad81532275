package cl.clusterminero.gestion.member;

/** The file kinds the members list exports to and imports from. */
public enum ExportFormat {
    CSV("csv", "text/csv;charset=UTF-8"),
    EXCEL("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
