package org.sne4j.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.TypeActeur;
import org.sne4j.attribution.EnregistrementAttribution;
import org.sne4j.attribution.IdentifiantVacance;
import org.sne4j.cal.AccordCollectif;
import org.sne4j.commun.Montant;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.logement.Financement;
import org.sne4j.logement.IdentifiantRpls;
import org.sne4j.logement.TypologieRpls;
import org.sne4j.priorite.PublicPrioritaire;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.territoire.TerritoireEnregistrement;

/**
 * The table {@code sne_attribution}: one row per signed lease, the columns of {@link
 * EnregistrementAttribution} (enums by their Java name, amounts in cents).
 */
final class Attributions {

  static final String COLONNES =
      "vacance, partition_key, demande, date_bail, logement, commune, en_qpv, financement, typologie,"
          + " bailleur_type, bailleur_id, bailleur_nom, personnes, ressources_par_uc, priorites, dalo, contingent,"
          + " accord_collectif, designateur_type, designateur_id, designateur_nom";

  private final String table;
  private final String insert;

  Attributions(String schema) {
    this.table = schema + ".sne_attribution";
    this.insert = "insert into " + table + " (" + COLONNES + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        + " ?, ?, ?, ?) on conflict (vacance, partition_key) do nothing";
  }

  String table() {
    return table;
  }

  /** Insert, or nothing when the vacancy's record is there already (one lease per vacancy). */
  String insert() {
    return insert;
  }

  /** The partition key of a record: the territory of its dwelling. */
  static String partition(EnregistrementAttribution a) {
    return TerritoireEnregistrement.de(a.commune()).code();
  }

  static void lier(Connection c, PreparedStatement ps, EnregistrementAttribution a) throws SQLException {
    int i = 1;
    ps.setString(i++, a.vacance().valeur());
    ps.setString(i++, partition(a));
    ps.setString(i++, a.demande().valeur());
    ps.setObject(i++, a.dateBail());
    ps.setString(i++, a.logement().valeur());
    ps.setString(i++, a.commune().code());
    ps.setBoolean(i++, a.enQpv());
    ps.setString(i++, a.financement().name());
    ps.setString(i++, a.typologie().name());
    i = acteur(ps, i, a.bailleur());
    ps.setInt(i++, a.personnes());
    ps.setLong(i++, a.ressourcesAnnuellesParUc().centimes());
    ps.setArray(i++, c.createArrayOf("varchar", a.priorites().stream().map(Enum::name).toArray()));
    ps.setBoolean(i++, a.dalo());
    ps.setString(i++, a.contingent().name());
    ps.setString(i++, a.accordCollectif().name());
    acteur(ps, i, a.designateur());
  }

  private static int acteur(PreparedStatement ps, int i, Acteur a) throws SQLException {
    ps.setString(i++, a.type().name());
    ps.setString(i++, a.identifiant());
    ps.setString(i++, a.nom());
    return i;
  }

  static EnregistrementAttribution lire(ResultSet rs) throws SQLException {
    int i = 1;
    IdentifiantVacance vacance = new IdentifiantVacance(rs.getString(i++));
    i++; // partition_key
    NumeroUnique demande = new NumeroUnique(rs.getString(i++));
    java.time.LocalDate date = rs.getObject(i++, java.time.LocalDate.class);
    IdentifiantRpls logement = new IdentifiantRpls(rs.getString(i++));
    CodeInsee commune = CodeInsee.parse(rs.getString(i++));
    boolean qpv = rs.getBoolean(i++);
    Financement financement = Financement.valueOf(rs.getString(i++));
    TypologieRpls typologie = TypologieRpls.valueOf(rs.getString(i++));
    Acteur bailleur = new Acteur(TypeActeur.valueOf(rs.getString(i++)), rs.getString(i++), rs.getString(i++));
    int personnes = rs.getInt(i++);
    Montant ressources = Montant.centimes(rs.getLong(i++));
    List<PublicPrioritaire> priorites = new ArrayList<>();
    java.sql.Array tableau = rs.getArray(i++);
    for (String p : tableau == null ? new String[0] : (String[]) tableau.getArray()) {
      priorites.add(PublicPrioritaire.valueOf(p));
    }
    boolean dalo = rs.getBoolean(i++);
    TypeReservataire contingent = TypeReservataire.valueOf(rs.getString(i++));
    AccordCollectif accord = AccordCollectif.valueOf(rs.getString(i++));
    Acteur designateur = new Acteur(TypeActeur.valueOf(rs.getString(i++)), rs.getString(i++), rs.getString(i));
    return new EnregistrementAttribution(vacance, demande, date, logement, commune, qpv, financement, typologie, bailleur,
        personnes, ressources, priorites, dalo, contingent, accord, designateur);
  }
}
