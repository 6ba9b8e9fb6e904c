package org.sne4j.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sne4j.commun.CodeSne;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.logement.TypeLogement;
import org.sne4j.priorite.StatutDalo;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.territoire.TerritoireEnregistrement;

/** The table {@code sne_fiche_demande}: one row per demand, the columns of {@link FicheDemande}. */
final class Fiches {

  static final String COLONNES =
      "numero, partition_key, version, date_depot, date_fin_validite, date_echeance_avis, avis_envoye,"
          + " date_radiation_non_renouvellement, echeance_avertissement, motif_radiation, date_radiation,"
          + " date_fin_conservation, communes, typologies, personnes, prioritaire, statut_dalo";

  private final String table;
  private final String upsert;

  Fiches(String schema) {
    this.table = schema + ".sne_fiche_demande";
    StringBuilder set = new StringBuilder();
    for (String c : COLONNES.split(",")) {
      String col = c.strip();
      if (!col.equals("numero") && !col.equals("partition_key")) {
        set.append(set.length() == 0 ? "" : ", ").append(col).append(" = excluded.").append(col);
      }
    }
    this.upsert =
        "insert into " + table + " (" + COLONNES + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " on conflict (numero, partition_key) do update set " + set
            + " where " + table + ".version < excluded.version";
  }

  String table() {
    return table;
  }

  /**
   * Insert, or replace a row of a strictly older version: an equal or newer row is left as it is,
   * so a replay or a late writer never moves a demand backwards.
   */
  String upsert() {
    return upsert;
  }

  /** The insert-or-replace statement, as a common table expression {@code fiche} of a larger statement. */
  String upsertEnCte() {
    return "fiche as (" + upsert + " returning 1)";
  }

  static void lier(Connection c, PreparedStatement ps, FicheDemande f) throws SQLException {
    lier(c, ps, f, 1);
  }

  /** Binds the 17 parameters of {@code f} from {@code premier}; returns the next index. */
  static int lier(Connection c, PreparedStatement ps, FicheDemande f, int premier) throws SQLException {
    int i = premier;
    ps.setString(i++, f.numero().valeur());
    ps.setString(i++, f.territoire().code());
    ps.setLong(i++, f.version());
    ps.setObject(i++, f.dateDepot());
    ps.setObject(i++, f.dateFinValidite());
    ps.setObject(i++, f.dateEcheanceAvis());
    ps.setBoolean(i++, f.avisEnvoye());
    date(ps, i++, f.dateRadiationNonRenouvellement());
    date(ps, i++, f.echeanceAvertissement());
    if (f.motifRadiation().isPresent()) {
      ps.setString(i++, f.motifRadiation().get().code());
    } else {
      ps.setNull(i++, Types.VARCHAR);
    }
    date(ps, i++, f.dateRadiation());
    date(ps, i++, f.dateFinConservation());
    ps.setArray(i++, c.createArrayOf("varchar", f.communes().stream().map(CodeInsee::code).toArray()));
    ps.setArray(i++, c.createArrayOf("varchar", f.typologies().stream().map(TypeLogement::code).toArray()));
    ps.setInt(i++, f.personnes());
    ps.setBoolean(i++, f.prioritaire());
    ps.setString(i++, f.statutDalo().code());
    return i;
  }

  private static void date(PreparedStatement ps, int i, Optional<LocalDate> d) throws SQLException {
    if (d.isPresent()) {
      ps.setObject(i, d.get());
    } else {
      ps.setNull(i, Types.DATE);
    }
  }

  static FicheDemande lire(ResultSet rs) throws SQLException {
    int i = 1;
    NumeroUnique numero = new NumeroUnique(rs.getString(i++));
    TerritoireEnregistrement territoire = new TerritoireEnregistrement(rs.getString(i++));
    long version = rs.getLong(i++);
    LocalDate depot = rs.getObject(i++, LocalDate.class);
    LocalDate finValidite = rs.getObject(i++, LocalDate.class);
    LocalDate echeanceAvis = rs.getObject(i++, LocalDate.class);
    boolean avisEnvoye = rs.getBoolean(i++);
    Optional<LocalDate> radiationNonRenouvellement = Optional.ofNullable(rs.getObject(i++, LocalDate.class));
    Optional<LocalDate> avertissement = Optional.ofNullable(rs.getObject(i++, LocalDate.class));
    Optional<MotifRadiation> motif =
        Optional.ofNullable(rs.getString(i++)).map(code -> CodeSne.parCode(MotifRadiation.class, code));
    Optional<LocalDate> dateRadiation = Optional.ofNullable(rs.getObject(i++, LocalDate.class));
    Optional<LocalDate> finConservation = Optional.ofNullable(rs.getObject(i++, LocalDate.class));
    List<CodeInsee> communes = new ArrayList<>();
    for (String code : textes(rs.getArray(i++))) {
      communes.add(CodeInsee.parse(code));
    }
    Set<TypeLogement> typologies = new LinkedHashSet<>();
    for (String code : textes(rs.getArray(i++))) {
      typologies.add(CodeSne.parCode(TypeLogement.class, code));
    }
    int personnes = rs.getInt(i++);
    boolean prioritaire = rs.getBoolean(i++);
    StatutDalo dalo = CodeSne.parCode(StatutDalo.class, rs.getString(i));
    return new FicheDemande(numero, territoire, version, depot, finValidite, echeanceAvis, avisEnvoye,
        radiationNonRenouvellement, avertissement, motif, dateRadiation, finConservation, communes, typologies,
        personnes, prioritaire, dalo);
  }

  private static String[] textes(Array a) throws SQLException {
    return a == null ? new String[0] : (String[]) a.getArray();
  }
}
