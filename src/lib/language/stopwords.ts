/**
 * French and English stop words, already case- and accent-folded (compare against folded tokens).
 */

const FRENCH =
  'a au aux pres fin reste avec ce ces cet cette ci comme dans de des du elle elles en entre est et etaient etait etant ete etre eux il ils je la le les leur leurs lui ma mais me meme mes moi mon ne ni nos notre nous on ou par pas pour qu que quel quelle quelles quels qui sa sans se ses si son sont sur ta te tes toi ton tous tout toute toutes tu un une vos votre vous y ont a avait avaient aussi alors apres avant ainsi autre autres aupres beaucoup bien car cela celle celles celui ceux chaque chez contre depuis deja donc dont elle encore fait faire font fois hors ici jusqu la-bas lors lorsque moins na neanmoins non notamment or parce peu peut plus plusieurs pourquoi pourtant puis puisque quand quant sera seront selon sous soit tant tel telle tres trop vers voici voila sera serait seraient sont etre avoir deux trois quatre cinq six sept huit neuf dix cent cents mille vingt trente quarante cinquante soixante premier premiere dernier derniere ans an annee annees jour jours mois semaine semaines janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche dit selon etait sans ete'.split(
    ' ',
  );

const ENGLISH =
  'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves said says year years new one two three four five six seven eight nine ten first last also may might must us per day days week weeks month months january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  );

/** Stop words by primary language; other languages get the union. */
export const STOP_WORDS: Record<string, ReadonlySet<string>> = {
  fr: new Set(FRENCH),
  en: new Set(ENGLISH),
};

/** The union, for languages without a list of their own. */
export const ANY_STOP_WORDS: ReadonlySet<string> = new Set([...FRENCH, ...ENGLISH]);
