// Broken files are refused with a clear message, and nothing that was there
// changes: not the list, not the answers, not the total, also after a
// reload. A broken rubric file shows its problems with their location.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage } from "../support/browser.mjs";
import { AppPage } from "../pages/app-page.mjs";
import { loadRubric } from "../support/rubric-score.mjs";

const RUBRIC = loadRubric("yueqing-2020-25");
const UNIT = "乐清市妇幼保健院党支部";

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A correct assessment file for yueqing-2020-25, written by hand from the docs. */
function goodFile(unit = "手写文件党支部") {
  return {
    format: "dangjian-ziping.assessment",
    format_version: 1,
    rubric: { id: RUBRIC.id, version: RUBRIC.version, title: RUBRIC.title },
    unit,
    year: 2020,
    assessor: "",
    date: "2021-01-10",
    answers: { items: { "t1.1.a": { value: { check: "done" } } } },
    rectification: [{ problem: "台账不全", measure: "补齐", department: "", deadline: "", note: "", status: "open", item: null }],
  };
}

const asFile = (name, value) => ({ name, text: typeof value === "string" ? value : JSON.stringify(value, null, 2) });

/** An assessment with answers, then back on the list where files are imported. */
async function existingAssessment(page) {
  const app = new AppPage(page);
  await app.open();
  await app.start({ rubric: "yueqing-2020-25", unit: UNIT, year: 2020 });
  await app.answer("t1.1.b", { level: "较好" });
  await app.sectionLink("s2").click();
  await app.answer("t2.1.rate", { ratio: ["19", "20"] });
  assert.equal(await app.totalText(), "7.6");
  await app.backToList();
  return app;
}

/** Opens UNIT's assessment and reads what it holds. */
async function contents(app) {
  const units = await app.entryUnits();
  const listed = (await app.entry(UNIT).getByTestId("entry-total").textContent()).trim();
  await app.entry(UNIT).getByTestId("open").click();
  await app.total.waitFor();
  await app.sectionLink("s1").click();
  const level = await app.item("t1.1.b").locator("input[type=radio]:checked").getAttribute("value");
  await app.sectionLink("s2").click();
  const ratio = [
    await app.item("t2.1.rate").locator("[data-field=numerator]").inputValue(),
    await app.item("t2.1.rate").locator("[data-field=denominator]").inputValue(),
  ];
  const seen = { units, listed, total: await app.totalText(), completion: (await app.completion.textContent()).trim(), level, ratio };
  await app.backToList();
  return seen;
}

const UNCHANGED = {
  units: [UNIT],
  listed: "7.6 / 100",
  total: "7.6",
  completion: "2/46",
  level: "较好",
  ratio: ["19", "20"],
};

test("broken assessment files are refused with a clear message and change nothing", async () => {
  const { page, context } = await openPage(browser);
  const app = await existingAssessment(page);
  assert.deepEqual(await contents(app), UNCHANGED);

  const unknownVersion = goodFile();
  unknownVersion.rubric.version = "9.9.9";
  const unknownRubric = goodFile();
  unknownRubric.rubric = { id: "some-other-rubric", version: "1.0.0", title: "某某医院考核细则" };
  const badStatus = goodFile();
  badStatus.rectification[0].status = "closed";
  const badDate = goodFile();
  badDate.date = "2021-02-30";
  const newer = goodFile();
  newer.format_version = 3;
  const cases = [
    { file: asFile("not-json.json", "{ \"format\": \"dangjian-ziping.assessment\", "), head: "文件不是有效的 JSON", detail: /第 1 行第 \d+ 列提前结束（文件不完整）/ },
    { file: asFile("a-rubric.json", RUBRIC), head: "这不是党建自评导出的自评文件", detail: /不是自评文件：文件中没有 "format"/ },
    { file: asFile("unknown-version.json", unknownVersion), head: "本机没有该文件所用的考核细则", detail: /9\.9\.9[\s\S]*本机已有版本: 2\.0\.0, 1\.0\.0[\s\S]*请先导入该考核细则文件/ },
    { file: asFile("unknown-rubric.json", unknownRubric), head: "本机没有该文件所用的考核细则", detail: /some-other-rubric/ },
    { file: asFile("bad-status.json", badStatus), head: "文件内容有误", detail: /rectification\[0\]\.status/ },
    { file: asFile("bad-date.json", badDate), head: "文件内容有误", detail: /2021-02-30/ },
    { file: asFile("newer.json", newer), head: "文件由更新版本的党建自评生成，请升级后再导入", detail: /格式版本为 3，本版本只能读取 2 及以下版本/ },
  ];
  for (const c of cases) {
    await app.chooseFile("import-file", c.file);
    await app.notice.waitFor();
    assert.equal(await app.notice.getAttribute("data-kind"), "error", c.file.name);
    assert.equal(await app.notice.getAttribute("role"), "alert", c.file.name);
    const text = await app.notice.textContent();
    assert.ok(text.includes(`导入失败，现有内容未作任何改动：${c.head}`), `${c.file.name}: ${text}`);
    assert.ok(text.includes(c.file.name), `${c.file.name} is named: ${text}`);
    assert.match(text, c.detail, c.file.name);
    // Still on the list, with the same single assessment.
    assert.equal(await app.total.count(), 0, `${c.file.name} opened nothing`);
    assert.deepEqual(await app.entryUnits(), [UNIT], c.file.name);
    await app.notice.getByRole("button").click();
    await app.notice.waitFor({ state: "detached" });
  }

  assert.deepEqual(await contents(app), UNCHANGED);
  await page.reload();
  await page.getByTestId("rubric-select").waitFor();
  assert.deepEqual(await contents(app), UNCHANGED);

  // The same file, mended, is accepted: the refusals were for what was broken.
  await app.chooseFile("import-file", asFile("mended.json", goodFile()));
  await app.total.waitFor();
  assert.equal(await app.notice.getAttribute("data-kind"), "info");
  assert.equal(await app.totalText(), "2.0");
  await app.backToList();
  assert.deepEqual(await app.entryUnits(), ["手写文件党支部", UNIT]);
  await context.close();
});

test("a broken rubric file is refused with its problems located", async () => {
  const { page, context } = await openPage(browser);
  const app = new AppPage(page);
  await app.open();
  const options = await app.rubricOptions();

  const broken = structuredClone(RUBRIC);
  broken.id = "broken-rubric";
  broken.sections[0].points = "23";                 // its items add up to 22
  broken.grades[3].min = "10";                      // the lowest band must start at 0
  broken.sections[1].items[0].scoring.threshold = "120"; // not a percentage
  await app.chooseFile("import-rubric", asFile("broken-rubric.json", broken));
  await app.notice.waitFor();
  assert.equal(await app.notice.getAttribute("data-kind"), "error");
  const lines = (await app.notice.locator("li").allTextContents()).map((l) => l.trim());
  assert.ok((await app.notice.textContent()).includes("考核细则文件有误，未导入"));
  assert.equal(lines[0], "broken-rubric.json");
  for (const path of ["sections[0].points", "grades[3].min", "sections[1].items[0].scoring.threshold"]) {
    assert.ok(lines.some((l) => l.startsWith(`${path}：`)), `a line located at ${path}: ${lines.join(" | ")}`);
  }
  assert.ok(lines.includes("sections[0].points：此部分分值为 23，但其评分项合计 22（加分项和否决项不计）"), lines.join(" | "));
  assert.ok(lines.includes("sections[1].items[0].scoring.threshold：达标线应为 0 至 100 之间的百分数，实际为 120"), lines.join(" | "));
  assert.deepEqual(await app.rubricOptions(), options, "nothing added to the picker");

  // A misspelt key stops at the first error, located too.
  const misspelt = structuredClone(RUBRIC);
  misspelt.id = "misspelt-rubric";
  misspelt.sections[0].items[3].evidnce = misspelt.sections[0].items[3].evidence;
  await app.notice.getByRole("button").click();
  await app.chooseFile("import-rubric", asFile("misspelt.json", misspelt));
  await app.notice.waitFor();
  assert.equal(await app.notice.getAttribute("data-kind"), "error");
  assert.match(await app.notice.textContent(), /sections\[0\]\.items\[3\]\.evidnce：未知字段 "evidnce"，可用的字段："id"、/);
  assert.deepEqual(await app.rubricOptions(), options);

  // Mended, it is added to the picker; a second copy is refused as a duplicate.
  const good = structuredClone(RUBRIC);
  good.id = "mended-rubric";
  good.title = "修正后的考核细则";
  await app.notice.getByRole("button").click();
  await app.chooseFile("import-rubric", asFile("mended.json", good));
  await page.getByTestId("notice").filter({ hasText: "已添加考核细则：修正后的考核细则" }).waitFor();
  assert.equal(await app.notice.getAttribute("data-kind"), "info");
  assert.equal((await app.rubricOptions()).length, options.length + 1);
  await app.chooseFile("import-rubric", asFile("mended-again.json", good));
  await page.getByTestId("notice").filter({ hasText: "已有相同编号和版本的考核细则" }).waitFor();
  assert.equal(await app.notice.getAttribute("data-kind"), "error");
  assert.equal((await app.rubricOptions()).length, options.length + 1);
  await context.close();
});
