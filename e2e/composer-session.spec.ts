// Signed out while writing: the composer says so and links to sign-in, the text written meanwhile stays in the
// browser and is back (and saved) when the user signs in again and lands on the same speech. Pages whose session
// has expired send the user to sign-in and back to the page they were on, whatever page path a client claims.
import { randomBytes } from "node:crypto";
import { SIGNED_OUT_MESSAGE } from "../components/composer/speech-saver";
import { db } from "../lib/db/client";
import { caretAt, expectSaved, openComposer, outlineSpeech, saveStatus } from "./support/composer";
import { expect, test } from "./support/fixtures";

const marker = () => `zq${randomBytes(4).toString("hex")}`;

test("登录失效后继续写：提示重新登录，修改留在本机，重新登录后回到讲话稿并恢复", async ({ page, signInAs }) => {
  const m = marker();
  const user = await signInAs("EDITOR");
  const speech = await outlineSpeech(user.id, `讲话${m}`);
  const editor = await openComposer(page, speech.id);

  await page.context().clearCookies({ name: "jgt_session" });
  const typed = `登录失效后写的一句${m}。`;
  await caretAt(page, editor.locator("h2 + p").first(), "end");
  await page.keyboard.insertText(typed);

  await expect(saveStatus(page)).toHaveAttribute("data-save-status", "signed-out");
  await expect(saveStatus(page)).toHaveText("未保存（登录已失效，已存在本机）");
  // (The library panel, searching for the cursor's section, says 请先登录。 in an alert of its own.)
  const note = page.getByRole("alert").filter({ hasText: "登录已失效" });
  await expect(note).toHaveText(`${SIGNED_OUT_MESSAGE}重新登录`);
  const speechPath = `/speeches/${speech.id}`;
  const again = note.getByRole("link", { name: "重新登录" });
  await expect(again).toHaveAttribute("href", `/login?next=${encodeURIComponent(speechPath)}`);

  // No "leave this page?" question stands between the user and sign-in.
  page.on("dialog", (d) => void d.dismiss());
  await again.click();
  await expect(page).toHaveURL(`/login?next=${encodeURIComponent(speechPath)}`);
  await page.getByLabel("用户名").fill(user.username);
  await page.getByLabel("密码").fill(user.password);
  await page.getByRole("button", { name: "登录" }).click();

  await expect(page).toHaveURL(speechPath);
  await expect(page.locator('.speech-editor[contenteditable="true"] h2 + p').first()).toHaveText(typed);
  await expectSaved(page);
  const saved = await (await page.request.get(`/api/speeches/${speech.id}`)).json();
  expect(JSON.stringify(saved)).toContain(typed);
});

test("会话过期后打开页面：去登录页并带上原来的页面，客户端伪造的页面路径不被采信", async ({ page, signInAs }) => {
  const user = await signInAs("EDITOR");
  const speech = await outlineSpeech(user.id, `讲话${marker()}`);
  const speechPath = `/speeches/${speech.id}`;
  await openComposer(page, speech.id);

  // The cookie stays, the session behind it is over: the page itself (not the proxy) sends the user away.
  await db().session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(0) } });
  expect((await page.context().cookies()).some((c) => c.name === "jgt_session")).toBe(true);
  const res = await page.request.get(`${speechPath}?tab=blanks`, {
    headers: { "x-page-path": "//evil.example/phish" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(307);
  expect(res.headers()["location"]).toBe(`/login?next=${encodeURIComponent(`${speechPath}?tab=blanks`)}`);

  await page.goto("/meetings");
  await expect(page).toHaveURL(`/login?next=${encodeURIComponent("/meetings")}`);
});
