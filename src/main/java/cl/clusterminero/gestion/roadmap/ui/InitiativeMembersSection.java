package cl.clusterminero.gestion.roadmap.ui;

import cl.clusterminero.gestion.member.MemberOption;
import cl.clusterminero.gestion.member.MemberService;
import cl.clusterminero.gestion.roadmap.InitiativeMembers;
import cl.clusterminero.gestion.roadmap.RoadmapService;
import cl.clusterminero.gestion.shared.ui.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.HashSet;
import java.util.stream.Collectors;

/** An initiative's lead member and partners; its editors pick them from the registry (searched by name). */
class InitiativeMembersSection extends VerticalLayout {

    InitiativeMembersSection(RoadmapService roadmapService, MemberService memberService, long initiativeId,
                             boolean editable, Runnable afterChange) {
        InitiativeMembers members = roadmapService.members(initiativeId);
        setPadding(false);
        setSpacing(false);
        Paragraph summary = new Paragraph(getTranslation("initiative.members.summary",
                members.lead() == null ? "—" : members.lead().legalName(),
                members.partners().isEmpty() ? "—" : members.partners().stream().map(MemberOption::legalName)
                        .collect(Collectors.joining(", "))));
        summary.setId("initiative-members");
        add(new H3(getTranslation("initiative.members")), summary);
        if (!editable) {
            return;
        }
        ComboBox<MemberOption> lead = new ComboBox<>(getTranslation("initiative.lead"));
        lead.setItems(query -> memberService.options(null, query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        lead.setItemLabelGenerator(MemberOption::label);
        lead.setClearButtonVisible(true);
        lead.setWidth("26em");
        lead.setValue(members.lead());
        MultiSelectComboBox<MemberOption> partners = new MultiSelectComboBox<>(getTranslation("initiative.partners"));
        partners.setItems(query -> memberService.options(null, query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        partners.setItemLabelGenerator(MemberOption::label);
        partners.setWidth("34em");
        partners.setValue(new HashSet<>(members.partners()));
        Button save = new Button(getTranslation("initiative.members.save"), click -> {
            roadmapService.setMembers(initiativeId, lead.getValue() == null ? null : lead.getValue().id(),
                    partners.getValue().stream().map(MemberOption::id).collect(Collectors.toSet()));
            Notices.success(getTranslation("initiative.members.saved"));
            afterChange.run();
        });
        save.setId("save-initiative-members");
        HorizontalLayout editors = new HorizontalLayout(lead, partners, save);
        editors.setAlignItems(FlexComponent.Alignment.BASELINE);
        editors.setWrap(true);
        add(editors);
    }
}
