-- A member's last contact with the cluster, as a named read model owned by the activity feature (#14): the latest
-- start of a held activity one of its contacts attended, or of a held business round where it had a meeting (as
-- the mining company or as the supplier). The members list's filter "sin participación en los últimos 12 meses"
-- reads it (NOT EXISTS), so the member feature's SQL names this view, never the activity tables.
CREATE VIEW member_last_contact AS
SELECT contact.member_id, MAX(contact.contact_at) AS last_contact
FROM (SELECT pa.member_id, a.starts_at AS contact_at
      FROM participation pa JOIN activity a ON a.id = pa.activity_id
      WHERE pa.attendance = 'ATTENDED' AND a.status = 'HELD'
      UNION ALL
      SELECT bm.mining_company_id, a.starts_at
      FROM business_meeting bm JOIN activity a ON a.id = bm.activity_id
      WHERE a.status = 'HELD'
      UNION ALL
      SELECT bm.supplier_id, a.starts_at
      FROM business_meeting bm JOIN activity a ON a.id = bm.activity_id
      WHERE a.status = 'HELD') contact
GROUP BY contact.member_id;
